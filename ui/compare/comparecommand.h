// SPDX-License-Identifier: MIT
// `archexplorer compare [LIBRARY_DIR] --dimension NAME [--studies a,b] [--log] [--relative] -o chart.svg|png|csv`
#pragma once

#include "cli/cli.h"

namespace ae::ui::compare {

cli::Command compareCommand();

} // namespace ae::ui::compare
