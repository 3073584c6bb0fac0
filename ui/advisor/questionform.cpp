// SPDX-License-Identifier: MIT
// Questionnaire widgets generated from the rules data; nothing here knows the questions by name.
#include "ui/advisor/questionform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ae::ui::advisor {

using ae::advisor::Question;
using ae::advisor::Requirements;

namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

} // namespace

QuestionForm::QuestionForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("advisorQuestions"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 6);
}

QString QuestionForm::questionObjectName(const QString &questionId)
{
    return QStringLiteral("question-") + questionId;
}

QString QuestionForm::answerObjectName(const QString &questionId, const QString &answerId)
{
    return QStringLiteral("answer-") + questionId + QLatin1Char('-') + answerId;
}

QWidget *QuestionForm::buildQuestion(const Question &question)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    auto *title = new QLabel(question.text, box);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    if (question.kind == Question::Kind::Choice) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(questionObjectName(question.id));
        combo->setAccessibleName(question.text);
        combo->setToolTip(question.help);
        // Long answers must not widen the whole form past its pane (the help text would be cut off).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        combo->addItem(tr("No preference"));
        for (const auto &a : question.answers) {
            combo->addItem(a.label, a.id);
            if (!a.help.isEmpty())
                combo->setItemData(combo->count() - 1, a.help, Qt::ToolTipRole);
        }
        title->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                Q_EMIT requirementsChanged();
        });
        layout->addWidget(combo);
    } else {
        auto *group = new QWidget(box);
        group->setObjectName(questionObjectName(question.id));
        group->setAccessibleName(question.text);
        auto *checks = new QVBoxLayout(group);
        checks->setContentsMargins(8, 0, 0, 0);
        checks->setSpacing(0);
        for (const auto &a : question.answers) {
            auto *check = new QCheckBox(a.label, group);
            check->setObjectName(answerObjectName(question.id, a.id));
            check->setAccessibleName(a.label);
            check->setProperty("answerId", a.id);
            check->setToolTip(a.help);
            connect(check, &QCheckBox::toggled, this, [this] {
                if (!m_updating)
                    Q_EMIT requirementsChanged();
            });
            checks->addWidget(check);
        }
        layout->addWidget(group);
    }
    if (!question.help.isEmpty())
        layout->addWidget(helpLabel(question.help, box));
    return box;
}

void QuestionForm::setRules(const ae::advisor::Rules &rules)
{
    const Requirements kept = requirements();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rules = rules;
    for (const auto &factor : m_rules.factors) {
        auto *group = new QGroupBox(factor.title, this);
        group->setObjectName(QStringLiteral("factor-") + factor.id);
        auto *layout = new QVBoxLayout(group);
        if (!factor.help.isEmpty())
            layout->addWidget(helpLabel(factor.help, group));
        for (const auto &q : factor.questions)
            layout->addWidget(buildQuestion(q));
        m_layout->addWidget(group);
    }
    m_layout->addStretch(1);
    setRequirements(kept);
}

Requirements QuestionForm::requirements() const
{
    Requirements r;
    for (const auto &factor : m_rules.factors) {
        for (const auto &q : factor.questions) {
            const QString name = questionObjectName(q.id);
            if (q.kind == Question::Kind::Choice) {
                if (auto *combo = findChild<QComboBox *>(name); combo && combo->currentIndex() > 0)
                    r.set(q.id, {combo->currentData().toString()});
            } else if (auto *group = findChild<QWidget *>(name)) {
                QStringList chosen;
                for (auto *check : group->findChildren<QCheckBox *>()) {
                    if (check->isChecked())
                        chosen << check->property("answerId").toString();
                }
                r.set(q.id, chosen);
            }
        }
    }
    return r;
}

void QuestionForm::setRequirements(const Requirements &requirements)
{
    m_updating = true;
    for (const auto &factor : m_rules.factors) {
        for (const auto &q : factor.questions) {
            const QStringList chosen = requirements.answers.value(q.id);
            const QString name = questionObjectName(q.id);
            if (q.kind == Question::Kind::Choice) {
                if (auto *combo = findChild<QComboBox *>(name)) {
                    const int index = chosen.isEmpty() ? 0 : combo->findData(chosen.first());
                    combo->setCurrentIndex(std::max(0, index));
                }
            } else if (auto *group = findChild<QWidget *>(name)) {
                for (auto *check : group->findChildren<QCheckBox *>())
                    check->setChecked(chosen.contains(check->property("answerId").toString()));
            }
        }
    }
    m_updating = false;
    Q_EMIT requirementsChanged();
}

void QuestionForm::clear()
{
    setRequirements({});
}

} // namespace ae::ui::advisor
