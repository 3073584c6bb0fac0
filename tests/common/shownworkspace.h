// SPDX-License-Identifier: MIT
// A Draw workspace on screen with its autosave in a fresh temporary folder, for the GUI tests and the bench.
// Header-only (needs ae_ui).
#pragma once

#include "ui/diagram/diagramworkspace.h"

#include <QSize>
#include <QTemporaryDir>

namespace ae::testsupport {

struct ShownWorkspace
{
    QTemporaryDir dir;
    ae::ui::DiagramWorkspace ws{nullptr, dir.filePath(QStringLiteral("autosave"))};
    explicit ShownWorkspace(const QSize &size = QSize(1100, 700))
    {
        ws.resize(size);
        ws.show();
    }
};

} // namespace ae::testsupport
