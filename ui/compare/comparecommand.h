// SPDX-License-Identifier: MIT
// `archexplorer compare [LIBRARY_DIR] --measure NAME | --matrix | --before-after STUDY -o FILE.svg|png|csv`
#pragma once

#include "cli/cli.h"

namespace ae::ui::compare {

cli::Command compareCommand();

} // namespace ae::ui::compare
