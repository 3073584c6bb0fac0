// SPDX-License-Identifier: MIT
// The synchronous layout (CLI, tests, bench) and finding the helper binary.
#include "diagram/layout.h"
#include "diagram/layoutcache.h"
#include "diagram/layoutio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcLayout, "archexplorer.diagram.layout")

namespace ae::diagram {

namespace {

const QString kHelperName = QStringLiteral("archexplorer-layout");

bool isExecutable(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

} // namespace

QString layoutHelperPath()
{
    const QString fromEnv = qEnvironmentVariable("AE_LAYOUT_HELPER");
    if (!fromEnv.isEmpty())
        return isExecutable(fromEnv) ? fromEnv : QString();
    if (QCoreApplication::instance()) {
        const QString dir = QCoreApplication::applicationDirPath();
        const QString beside = dir + QLatin1Char('/') + kHelperName;
        if (isExecutable(beside))
            return beside;
        // Installed layout, relocatable: PREFIX/bin/archexplorer ->
        // PREFIX/libexec/archexplorer/archexplorer-layout (the .deb installs under /usr whatever prefix the
        // build was configured with).
        const QString relocated = dir + QStringLiteral("/../libexec/archexplorer/") + kHelperName;
        if (isExecutable(relocated))
            return QDir::cleanPath(relocated);
    }
#ifdef AE_LIBEXEC_DIR
    const QString installed = QStringLiteral(AE_LIBEXEC_DIR) + QLatin1Char('/') + kHelperName;
    if (isExecutable(installed))
        return installed;
#endif
    return {};
}

QString describeHelperFailure(QProcess &process, const QByteArray &stderrText)
{
    if (process.error() == QProcess::FailedToStart)
        return QStringLiteral("the layout helper could not be started (%1)").arg(process.program());
    if (process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("the layout helper crashed; the diagram could not be laid out");
    QString message = QString::fromUtf8(stderrText).trimmed();
    message.remove(QStringLiteral("archexplorer-layout: "));
    if (message.isEmpty())
        message = QStringLiteral("the layout helper failed with exit code %1").arg(process.exitCode());
    return message;
}

std::optional<LaidOutDiagram> cachedLayout(const Diagram &diagram, const Theme &theme)
{
    const HelperInput input = buildHelperInput(diagram, theme);
    const QByteArray output = LayoutCache::instance().lookup(LayoutCache::keyFor(input.dot), true);
    if (output.isEmpty())
        return std::nullopt;
    LaidOutDiagram laidOut;
    QString error;
    if (!parseHelperOutput(output, diagram, theme, input.simplified, &laidOut, &error))
        return std::nullopt;
    return laidOut;
}

LayoutResult layoutDiagram(const Diagram &diagram, const Theme &theme, int timeoutMs, bool useCache)
{
    LayoutResult result;
    const HelperInput input = buildHelperInput(diagram, theme);
    const QByteArray key = LayoutCache::keyFor(input.dot);
    QByteArray output;
    if (useCache)
        output = LayoutCache::instance().lookup(key, true);

    if (output.isEmpty()) {
        const QString helper = layoutHelperPath();
        if (helper.isEmpty()) {
            result.error = QStringLiteral("the layout helper (archexplorer-layout) was not found");
            return result;
        }
        QProcess process;
        process.setProgram(helper);
        process.start(QIODevice::ReadWrite);
        if (!process.waitForStarted(timeoutMs)) {
            result.error = describeHelperFailure(process, {});
            return result;
        }
        process.write(input.dot);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(2000);
                result.error = QStringLiteral("the layout took longer than %1 s and was stopped")
                                   .arg(timeoutMs / 1000.0, 0, 'g', 3);
                result.timedOut = true;
                return result;
            }
        }
        const QByteArray err = process.readAllStandardError();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            result.error = describeHelperFailure(process, err);
            qCWarning(lcLayout) << "layout helper failed:" << result.error;
            return result;
        }
        output = process.readAllStandardOutput();
        if (useCache && output.endsWith("end\n"))
            LayoutCache::instance().store(key, output, true);
    }
    result.ok = parseHelperOutput(output, diagram, theme, input.simplified, &result.diagram, &result.error);
    return result;
}

} // namespace ae::diagram
