// SPDX-License-Identifier: MIT
// Every persisted setting in one typed place: keys as constants, defaults beside them, migrate() for renamed
// keys.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace ae::ui {

class Settings
{
public:
    static constexpr const char *kGeometry = "window/geometry";
    static constexpr const char *kWindowState = "window/state";
    static constexpr const char *kReaderSplitter = "reader/splitter";
    static constexpr const char *kLibraryRoot = "reader/libraryRoot"; // empty = bundled
    static constexpr const char *kLastDocument = "reader/lastDocument";
    static constexpr const char *kZoom = "reader/zoomPercent";
    static constexpr const char *kTheme = "view/theme";           // "system" | "light" | "dark"
    static constexpr const char *kWorkspace = "window/workspace"; // objectName of the last workspace tab
    static constexpr const char *kRecentPaths = "recent/paths";   // newest first
    static constexpr const char *kExportFolder = "draw/exportFolder";
    static constexpr const char *kShowCheckFindings = "draw/showCheckFindings"; // markers on the preview
    static constexpr int kDefaultZoom = 100;

    Settings();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray readerSplitter() const;
    void setReaderSplitter(const QByteArray &value);
    QString libraryRoot() const;
    void setLibraryRoot(const QString &value);
    QString lastDocument() const;
    void setLastDocument(const QString &value);
    int zoomPercent() const; // clamped to 50..300
    void setZoomPercent(int value);
    QString theme() const;
    void setTheme(const QString &value);
    QString workspace() const;
    void setWorkspace(const QString &value);
    QStringList recentPaths() const;
    void setRecentPaths(const QStringList &value);
    QString exportFolder() const; // empty: none yet
    void setExportFolder(const QString &value);
    bool showCheckFindings() const; // default true
    void setShowCheckFindings(bool value);

    // Moves values from keys used by earlier versions; safe to call every start.
    void migrate();

private:
    mutable QSettings m_settings;
};

} // namespace ae::ui
