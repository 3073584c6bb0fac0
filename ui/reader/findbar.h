// SPDX-License-Identifier: MIT
// The find bar under the document: search field, match count, previous/next, case toggle, close (Esc).
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace ae::ui {

class DocumentView;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(DocumentView *view, QWidget *parent = nullptr);

    void activate(); // show, focus and select the field's text; searches again
    void deactivate();
    QLineEdit *field() const;
    QString countText() const;
    void refreshIcons();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void onResults(int current, int count);

    DocumentView *m_view = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_case = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace ae::ui
