// SPDX-License-Identifier: MIT
// The benchmark's sections: each file defines one with AE_BENCH_SECTION("name") { ... } and prints its
// figures.
#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <vector>

namespace ae::bench {

struct Context
{
    QTextStream &out;
    bool quick = false; // --quick: the small sizes only (a smoke run)
    QStringList args;
};

struct Section
{
    QString name;
    std::function<void(Context &)> run;
};

std::vector<Section> &sections();

struct Registration
{
    Registration(const char *name, std::function<void(Context &)> run)
    {
        sections().push_back({QString::fromLatin1(name), std::move(run)});
    }
};

// Milliseconds elapsed since `timer` started, as a double.
inline double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace ae::bench

#define AE_BENCH_CAT2(a, b) a##b
#define AE_BENCH_CAT(a, b) AE_BENCH_CAT2(a, b)
#define AE_BENCH_SECTION(name)                                                                               \
    static void AE_BENCH_CAT(benchSection_, __LINE__)(ae::bench::Context &);                                 \
    static ae::bench::Registration AE_BENCH_CAT(benchRegistration_,                                          \
                                                __LINE__)(name, AE_BENCH_CAT(benchSection_, __LINE__));      \
    static void AE_BENCH_CAT(benchSection_, __LINE__)(ae::bench::Context & ctx)
