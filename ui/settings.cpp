// SPDX-License-Identifier: MIT
// Typed access to QSettings; the only place that knows key names.
#include "ui/settings.h"

#include <QtGlobal>

namespace ae::ui {

namespace {
QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// Writes only a changed value: every start sets the last document, zoom and workspace again, and a write
// costs a rewrite of the settings file (with its lock) in the event loop, during the first frame.
void store(QSettings &settings, const QString &name, const QVariant &value)
{
    const QVariant old = settings.value(name);
    // The INI file gives numbers back as text.
    const bool same = old.isValid() &&
                      (old == value || (old.typeId() == QMetaType::QString && value.canConvert<QString>() &&
                                        old.toString() == value.toString()));
    if (!same)
        settings.setValue(name, value);
}
} // namespace

Settings::Settings() = default;

QByteArray Settings::geometry() const
{
    return m_settings.value(key(kGeometry)).toByteArray();
}

void Settings::setGeometry(const QByteArray &value)
{
    store(m_settings, key(kGeometry), value);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key(kWindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    store(m_settings, key(kWindowState), value);
}

QByteArray Settings::readerSplitter() const
{
    return m_settings.value(key(kReaderSplitter)).toByteArray();
}

void Settings::setReaderSplitter(const QByteArray &value)
{
    store(m_settings, key(kReaderSplitter), value);
}

QString Settings::libraryRoot() const
{
    return m_settings.value(key(kLibraryRoot)).toString();
}

void Settings::setLibraryRoot(const QString &value)
{
    store(m_settings, key(kLibraryRoot), value);
}

QString Settings::lastDocument() const
{
    return m_settings.value(key(kLastDocument)).toString();
}

void Settings::setLastDocument(const QString &value)
{
    store(m_settings, key(kLastDocument), value);
}

int Settings::zoomPercent() const
{
    return qBound(50, m_settings.value(key(kZoom), kDefaultZoom).toInt(), 300);
}

void Settings::setZoomPercent(int value)
{
    store(m_settings, key(kZoom), qBound(50, value, 300));
}

QString Settings::workspace() const
{
    return m_settings.value(key(kWorkspace)).toString();
}

void Settings::setWorkspace(const QString &value)
{
    store(m_settings, key(kWorkspace), value);
}

QStringList Settings::recentPaths() const
{
    return m_settings.value(key(kRecentPaths)).toStringList();
}

void Settings::setRecentPaths(const QStringList &value)
{
    store(m_settings, key(kRecentPaths), value);
}

QString Settings::exportFolder() const
{
    return m_settings.value(key(kExportFolder)).toString();
}

void Settings::setExportFolder(const QString &value)
{
    store(m_settings, key(kExportFolder), value);
}

bool Settings::showCheckFindings() const
{
    return m_settings.value(key(kShowCheckFindings), true).toBool();
}

void Settings::setShowCheckFindings(bool value)
{
    store(m_settings, key(kShowCheckFindings), value);
}

QString Settings::theme() const
{
    return m_settings.value(key(kTheme), QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &value)
{
    store(m_settings, key(kTheme), value);
}

void Settings::migrate()
{
    // Version 0.1 is the first; renamed keys move here: {old, new} pairs.
    static const std::pair<const char *, const char *> renamed[] = {{"reader/zoom", kZoom}};
    for (const auto &[from, to] : renamed) {
        if (m_settings.contains(key(from))) {
            if (!m_settings.contains(key(to)))
                store(m_settings, key(to), m_settings.value(key(from)));
            m_settings.remove(key(from));
        }
    }
}

} // namespace ae::ui
