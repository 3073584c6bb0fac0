// SPDX-License-Identifier: MIT
// Light or dark: detected from the palette (Qt 6.4 has no colour-scheme hint), or forced from the View menu.
// Everything that draws its own colours (document view, diagrams, charts) connects to themeChanged().
#pragma once

#include <QObject>
#include <QPalette>

namespace ae::ui {

class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Theme(QObject *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode); // Light/Dark install a matching palette; System restores the platform's
    bool isDark() const;

    // Window colour darker than text colour: what "dark" means when the platform does not say.
    static bool isDarkPalette(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();

    static QString modeName(Mode mode); // "system", "light", "dark" (settings values)
    static Mode modeFromName(const QString &name);

Q_SIGNALS:
    void themeChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    Mode m_mode = Mode::System;
    bool m_dark = false;
    bool m_applying = false; // our own setPalette() is not a system change
    QPalette m_systemPalette;
};

} // namespace ae::ui
