// SPDX-License-Identifier: MIT
// Out-of-line virtual destructor: anchors DiagramRenderer's vtable in one translation unit.
#include "ui/reader/diagramrenderer.h"

namespace ae::ui {

DiagramRenderer::~DiagramRenderer() = default;

} // namespace ae::ui
