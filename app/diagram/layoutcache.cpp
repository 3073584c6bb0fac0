// SPDX-License-Identifier: MIT
// The layout's answers in the keyed cache (common/keyedcache.h): disk entries are written atomically, so a
// crash or a full disk never leaves a torn one; an entry without the helper's last line is not used.
#include "diagram/layoutcache.h"

#include "common/keyedcache.h"

namespace ae::diagram {

namespace {

// Bump when the helper's output format or the layout input changes meaning, so old entries are ignored.
constexpr char kFormatVersion[] = "ae-layout-1";

KeyedCache &cache()
{
    static KeyedCache c(QStringLiteral("layout"), QByteArray(kFormatVersion), 64 * 1024 * 1024);
    return c;
}

} // namespace

LayoutCache &LayoutCache::instance()
{
    static LayoutCache cache;
    return cache;
}

QByteArray LayoutCache::keyFor(const QByteArray &helperInput)
{
    return cache().keyFor(helperInput);
}

QByteArray LayoutCache::lookup(const QByteArray &key, bool disk)
{
    const QByteArray data = cache().lookup(key, disk);
    return data.endsWith("end\n") ? data : QByteArray();
}

void LayoutCache::store(const QByteArray &key, const QByteArray &output, bool disk)
{
    cache().store(key, output, disk);
}

void LayoutCache::clearMemory()
{
    cache().clearMemory();
}

} // namespace ae::diagram
