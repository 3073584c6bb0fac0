// SPDX-License-Identifier: MIT
// D2 text -> syntax tree (d2ast.h). Only syntax: what the keys mean is d2builder.cpp's business.
#pragma once

#include "common/diagnostic.h"
#include "diagram/import/d2ast.h"

#include <QString>

#include <memory>

namespace ae::diagram::d2 {

// Every syntax error is located and reported (the rest of the file is still read: a bad statement is skipped
// to the end of its line). Linear in the input; maps nested deeper than kMaxGroupDepth are an error.
std::shared_ptr<Map> parseSyntax(const QString &text, Diagnostics *diagnostics);

} // namespace ae::diagram::d2
