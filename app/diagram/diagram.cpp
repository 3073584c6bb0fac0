// SPDX-License-Identifier: MIT
#include "diagram.h"

namespace ae::diagram {

int Diagram::indexOfNode(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return i;
    return -1;
}

int Diagram::indexOfGroup(const QString &id) const
{
    for (int i = 0; i < groups.size(); ++i)
        if (groups[i].id == id)
            return i;
    return -1;
}

} // namespace ae::diagram
