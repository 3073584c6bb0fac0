// SPDX-License-Identifier: MIT
// The .arch language parser: text -> Diagram plus every error and warning found, in one pass.
#pragma once

#include "common/diagnostic.h"
#include "diagram/diagram.h"

#include <QString>

namespace ae::diagram {

struct ParseResult
{
    Diagram diagram;         // the valid part of the input, even when there are errors
    Diagnostics diagnostics; // errors and warnings in source order (line, then column)
};

// Never throws, never hangs: linear in the input, nesting capped at kMaxGroupDepth, diagnostics capped at
// kMaxDiagnostics (the last one then says so). Accepts a leading BOM, CRLF/CR/LF line ends and tabs; columns
// are 1-based and count characters (code points) after the BOM.
ParseResult parseArch(const QString &text);

inline constexpr int kMaxGroupDepth = 64;
inline constexpr int kMaxDiagnostics = 1000;

} // namespace ae::diagram
