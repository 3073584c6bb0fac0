// SPDX-License-Identifier: MIT
// Reading and validating rules.json; the field tests the scoring applies.
#include "advisor/rules.h"

#include "advisor/catalogue.h"
#include "advisor/jsonsource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ae::advisor {

bool FieldTest::matches(const Technology &technology) const
{
    const QStringList have = technology.values(field);
    switch (op) {
    case Op::Present:
        return !have.isEmpty();
    case Op::Absent:
        return have.isEmpty();
    case Op::Any:
    case Op::None: {
        bool hit = false;
        for (const QString &v : values) {
            if (have.contains(v, Qt::CaseInsensitive)) {
                hit = true;
                break;
            }
        }
        return op == Op::Any ? hit : !hit;
    }
    }
    return false;
}

bool ScoringRule::matches(const Technology &technology) const
{
    if (!test.matches(technology))
        return false;
    for (const FieldTest &t : andTests) {
        if (!t.matches(technology))
            return false;
    }
    return true;
}

const Answer *Question::answer(const QString &answerId) const
{
    for (const Answer &a : answers) {
        if (a.id == answerId)
            return &a;
    }
    return nullptr;
}

const Question *Rules::question(const QString &questionId) const
{
    for (const Factor &f : factors) {
        for (const Question &q : f.questions) {
            if (q.id == questionId)
                return &q;
        }
    }
    return nullptr;
}

int Rules::factorOf(const QString &questionId) const
{
    for (int i = 0; i < factors.size(); ++i) {
        for (const Question &q : factors.at(i).questions) {
            if (q.id == questionId)
                return i;
        }
    }
    return -1;
}

bool Rules::isCandidate(const Technology &technology) const
{
    for (const FieldTest &t : candidates) {
        if (!t.matches(technology))
            return false;
    }
    return true;
}

namespace {

class Reader
{
public:
    Reader(const QByteArray &json, Diagnostics *diagnostics, const Catalogue *catalogue)
        : m_json(json), m_diagnostics(diagnostics), m_catalogue(catalogue)
    {
    }

    void error(const QString &path, const QString &message, int at = -1, const QString &hint = {})
    {
        m_diagnostics->append(contentError(m_json, path, message, at, hint));
    }

    // Objects are read in file order: each is located by a string value of its own (its id, a rule's field)
    // searched for after the previous one, so errors can name a line.
    int locate(const QString &value)
    {
        const int at = findJsonString(m_json, value, m_cursor);
        if (at >= 0)
            m_cursor = at + 1;
        return at >= 0 ? at : -1;
    }

    QString requireString(const QJsonObject &o, const QString &key, const QString &path, int at = -1)
    {
        const QString s = o.value(key).toString().trimmed();
        if (s.isEmpty())
            error(path, QStringLiteral("missing \"%1\" (a non-empty string)").arg(key), at);
        return s;
    }

    bool readTest(const QJsonObject &o, const QString &path, FieldTest *test)
    {
        test->field = o.value(QStringLiteral("field")).toString().trimmed();
        const int at = locate(test->field);
        if (test->field.isEmpty())
            error(path, QStringLiteral("missing \"field\" (a non-empty string)"), at);
        const bool hasAny = o.contains(QStringLiteral("any"));
        const bool hasNone = o.contains(QStringLiteral("none"));
        const bool hasPresent = o.contains(QStringLiteral("present"));
        if (int(hasAny) + int(hasNone) + int(hasPresent) != 1) {
            error(path, QStringLiteral("a test needs exactly one of \"any\", \"none\" or \"present\""), at);
            return false;
        }
        if (hasPresent) {
            test->op =
                o.value(QStringLiteral("present")).toBool() ? FieldTest::Op::Present : FieldTest::Op::Absent;
        } else {
            test->op = hasAny ? FieldTest::Op::Any : FieldTest::Op::None;
            const QJsonValue v = o.value(hasAny ? QStringLiteral("any") : QStringLiteral("none"));
            for (const QJsonValue &item : v.toArray())
                test->values.append(item.toString());
            if (!v.isArray() || test->values.isEmpty()) {
                error(path, QStringLiteral("\"any\"/\"none\" must be a non-empty array of strings"), at);
                return false;
            }
        }
        if (test->field.isEmpty())
            return false;
        if (m_catalogue && !m_catalogue->technologies.isEmpty()) {
            bool known = false;
            for (const Technology &t : m_catalogue->technologies)
                known = known || t.hasField(test->field);
            if (!known) {
                error(path,
                      QStringLiteral("no technology in the catalogue has the field \"%1\"").arg(test->field),
                      at,
                      QStringLiteral("use a field of content/technologies.json, e.g. \"dataModels\" or "
                                     "\"operations.complexity\""));
                return false;
            }
        }
        return true;
    }

    // A rule's optional "and": an array of further tests (each without an "and" of its own).
    bool readAndTests(const QJsonObject &o, const QString &path, QVector<FieldTest> *tests)
    {
        if (!o.contains(QStringLiteral("and")))
            return true;
        const QJsonValue v = o.value(QStringLiteral("and"));
        const int at = locate(QStringLiteral("and"));
        if (!v.isArray() || v.toArray().isEmpty()) {
            error(path, QStringLiteral("\"and\" must be a non-empty array of tests"), at);
            return false;
        }
        bool ok = true;
        const QJsonArray items = v.toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString tpath = path + QStringLiteral(".and[%1]").arg(i);
            if (!items.at(i).isObject()) {
                error(tpath,
                      QStringLiteral("a test must be an object with \"field\" and one of \"any\", \"none\" "
                                     "or \"present\""),
                      at);
                ok = false;
                continue;
            }
            const QJsonObject to = items.at(i).toObject();
            FieldTest t;
            if (!readTest(to, tpath, &t)) {
                ok = false;
                continue;
            }
            if (to.contains(QStringLiteral("and"))) {
                error(tpath, QStringLiteral("a test inside \"and\" cannot have an \"and\" of its own"),
                      locate(QStringLiteral("and")),
                      QStringLiteral("list every test in the rule's one \"and\" array"));
                ok = false;
                continue;
            }
            tests->append(t);
        }
        return ok;
    }

    Answer readAnswer(const QJsonObject &o, const QString &path)
    {
        Answer a;
        a.id = requireString(o, QStringLiteral("id"), path);
        const int at = locate(a.id);
        a.label = requireString(o, QStringLiteral("label"), path, at);
        a.help = o.value(QStringLiteral("help")).toString();
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        for (int i = 0; i < rules.size(); ++i) {
            const QString rpath = path + QStringLiteral(".rules[%1]").arg(i);
            const QJsonObject ro = rules.at(i).toObject();
            ScoringRule r;
            const int ruleAt = m_cursor;
            if (!readTest(ro, rpath, &r.test))
                continue;
            if (!readAndTests(ro, rpath, &r.andTests))
                continue;
            if (!ro.value(QStringLiteral("points")).isDouble()) {
                error(rpath, QStringLiteral("missing \"points\" (a number, negative to count against)"),
                      m_cursor > ruleAt ? m_cursor - 1 : -1);
                continue;
            }
            r.points = ro.value(QStringLiteral("points")).toDouble();
            r.reason =
                requireString(ro, QStringLiteral("reason"), rpath, m_cursor > ruleAt ? m_cursor - 1 : -1);
            a.rules.append(r);
        }
        return a;
    }

    Question readQuestion(const QJsonObject &o, const QString &path)
    {
        Question q;
        q.id = requireString(o, QStringLiteral("id"), path);
        const int at = locate(q.id);
        const QString kind = o.value(QStringLiteral("type")).toString(QStringLiteral("choice"));
        if (kind == QLatin1String("multi"))
            q.kind = Question::Kind::MultiChoice;
        else if (kind != QLatin1String("choice"))
            error(path, QStringLiteral("unknown question type \"%1\"").arg(kind), at,
                  QStringLiteral("use \"choice\" (one answer) or \"multi\" (any number)"));
        q.text = requireString(o, QStringLiteral("text"), path, at);
        q.help = o.value(QStringLiteral("help")).toString();
        const QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
        if (answers.isEmpty())
            error(path, QStringLiteral("a question needs a non-empty \"answers\" array"), at);
        QSet<QString> ids;
        for (int i = 0; i < answers.size(); ++i) {
            const QString apath = path + QStringLiteral(".answers[%1]").arg(i);
            const int answerAt = m_cursor;
            Answer a = readAnswer(answers.at(i).toObject(), apath);
            if (ids.contains(a.id))
                error(apath, QStringLiteral("duplicate answer id \"%1\"").arg(a.id),
                      findJsonString(m_json, a.id, answerAt));
            ids.insert(a.id);
            q.answers.append(a);
        }
        return q;
    }

    Rules read()
    {
        Rules rules;
        QJsonObject root;
        if (!parseJsonObject(m_json, &root, m_diagnostics))
            return rules;
        rules.version = root.value(QStringLiteral("version")).toInt();
        if (rules.version != 1)
            error(QString(), QStringLiteral("unsupported \"version\" (expected 1)"),
                  findJsonString(m_json, QStringLiteral("version")));
        const QJsonArray factors = root.value(QStringLiteral("factors")).toArray();
        if (factors.isEmpty())
            error(QString(), QStringLiteral("missing \"factors\" (a non-empty array)"),
                  findJsonString(m_json, QStringLiteral("factors")));
        QSet<QString> questionIds;
        for (int i = 0; i < factors.size(); ++i) {
            const QString path = QStringLiteral("factors[%1]").arg(i);
            const QJsonObject fo = factors.at(i).toObject();
            Factor f;
            f.id = requireString(fo, QStringLiteral("id"), path);
            const int at = locate(f.id);
            f.title = requireString(fo, QStringLiteral("title"), path, at);
            f.help = fo.value(QStringLiteral("help")).toString();
            f.weight = fo.value(QStringLiteral("weight")).toDouble(1.0);
            const QJsonArray questions = fo.value(QStringLiteral("questions")).toArray();
            for (int j = 0; j < questions.size(); ++j) {
                const QString qpath = path + QStringLiteral(".questions[%1]").arg(j);
                const int questionAt = m_cursor;
                Question q = readQuestion(questions.at(j).toObject(), qpath);
                if (questionIds.contains(q.id))
                    error(qpath, QStringLiteral("duplicate question id \"%1\"").arg(q.id),
                          findJsonString(m_json, q.id, questionAt),
                          QStringLiteral("question ids must be unique across all factors"));
                questionIds.insert(q.id);
                f.questions.append(q);
            }
            rules.factors.append(f);
        }
        // "candidates" may come before the factors in the file: search it from the start.
        m_cursor = std::max(0, findJsonString(m_json, QStringLiteral("candidates")));
        const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
        for (int i = 0; i < candidates.size(); ++i) {
            FieldTest t;
            if (readTest(candidates.at(i).toObject(), QStringLiteral("candidates[%1]").arg(i), &t))
                rules.candidates.append(t);
        }
        m_cursor = std::max(0, findJsonString(m_json, QStringLiteral("conflicts")));
        const QJsonArray conflicts = root.value(QStringLiteral("conflicts")).toArray();
        for (int i = 0; i < conflicts.size(); ++i) {
            const QString path = QStringLiteral("conflicts[%1]").arg(i);
            const QJsonObject co = conflicts.at(i).toObject();
            ConflictRule c;
            c.id = requireString(co, QStringLiteral("id"), path);
            const int at = locate(c.id);
            c.title = requireString(co, QStringLiteral("title"), path, at);
            c.explanation = requireString(co, QStringLiteral("explanation"), path, at);
            const QJsonArray when = co.value(QStringLiteral("when")).toArray();
            if (when.isEmpty())
                error(path, QStringLiteral("missing \"when\" (a non-empty array of conditions)"), at);
            for (int j = 0; j < when.size(); ++j) {
                const QString wpath = path + QStringLiteral(".when[%1]").arg(j);
                const QJsonObject wo = when.at(j).toObject();
                ConflictRule::Condition cond;
                cond.question = wo.value(QStringLiteral("question")).toString();
                for (const QJsonValue &a : wo.value(QStringLiteral("answers")).toArray())
                    cond.answers.append(a.toString());
                const int condAt = locate(cond.question);
                const Question *q = rules.question(cond.question);
                if (!q) {
                    error(wpath, QStringLiteral("unknown question \"%1\"").arg(cond.question), condAt);
                    continue;
                }
                for (const QString &a : cond.answers) {
                    if (!q->answer(a))
                        error(wpath,
                              QStringLiteral("question \"%1\" has no answer \"%2\"").arg(cond.question, a),
                              findJsonString(m_json, a, std::max(0, condAt)));
                }
                c.when.append(cond);
            }
            rules.conflicts.append(c);
        }
        return rules;
    }

private:
    const QByteArray &m_json;
    Diagnostics *m_diagnostics;
    const Catalogue *m_catalogue;
    int m_cursor = 0;
};

} // namespace

Rules parseRules(const QByteArray &json, Diagnostics *diagnostics, const Catalogue *catalogue)
{
    return Reader(json, diagnostics, catalogue).read();
}

} // namespace ae::advisor
