// SPDX-License-Identifier: MIT
// The advisor's questionnaire, built from the rules: one group per factor with its help text, a combo box per
// choice question ("No preference" first) and check boxes per multi-choice question.
#pragma once

#include "advisor/advisor.h"

#include <QWidget>

class QVBoxLayout;

namespace ae::ui::advisor {

class QuestionForm : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionForm(QWidget *parent = nullptr);

    // Rebuilds the form; answers whose question and answer still exist are kept.
    void setRules(const ae::advisor::Rules &rules);
    ae::advisor::Requirements requirements() const;
    void setRequirements(const ae::advisor::Requirements &requirements);
    void clear();

    // objectNames: a choice question's combo box is "question-<id>"; a multi-choice question's box holding
    // its check boxes is "question-<id>", each check box "answer-<question id>-<answer id>".
    static QString questionObjectName(const QString &questionId);
    static QString answerObjectName(const QString &questionId, const QString &answerId);

Q_SIGNALS:
    void requirementsChanged();

private:
    QWidget *buildQuestion(const ae::advisor::Question &question);

    ae::advisor::Rules m_rules;
    QVBoxLayout *m_layout = nullptr;
    bool m_updating = false;
};

} // namespace ae::ui::advisor
