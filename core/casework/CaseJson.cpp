#include "casework/CaseJson.h"

#include "catalogue/CatalogueJsonKeys.h"
#include "crypto/Sha256Stream.h"

#include <QJsonArray>
#include <climits>

namespace halldesk {

namespace {

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// Absent or empty → no date; anything else must be a real ISO date.
bool readDate(const QJsonObject &o, const char *key, std::optional<QDate> &out)
{
    const QString text = o.value(QLatin1String(key)).toString();
    if (text.isEmpty()) {
        out.reset();
        return o.value(QLatin1String(key)).isUndefined() ||
               o.value(QLatin1String(key)).isString() || o.value(QLatin1String(key)).isNull();
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return false;
    out = date;
    return true;
}

bool readInt(const QJsonObject &o, const char *key, int min, int max, int &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < min || d > max)
        return false;
    out = int(d);
    return true;
}

QJsonObject materialToJson(const MaterialCheck &m)
{
    QJsonObject o{{QStringLiteral("code"), m.code},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("required"), m.required},
                  {QStringLiteral("waivable"), m.waivable},
                  {QStringLiteral("form"), CatalogueJsonKeys::key(m.form)},
                  {QStringLiteral("copies"), m.copies},
                  {QStringLiteral("state"), MaterialCheckNames::key(m.state)},
                  {QStringLiteral("pages"), m.pages},
                  {QStringLiteral("reusedFrom"), m.reusedFromCase}};
    if (!m.scanDigest.isEmpty()) {
        o.insert(QStringLiteral("scan"),
                 QJsonObject{{QStringLiteral("sha256"), m.scanDigest},
                             {QStringLiteral("bytes"), double(m.scanBytes)}});
    }
    return o;
}

// A scan's size is at most 1 GiB: far above any material, far below what a double holds exactly.
constexpr double MaxScanBytes = double(1ll << 30);

std::optional<MaterialCheck> materialFromJson(const QJsonObject &o)
{
    MaterialCheck m;
    m.code = o.value(QLatin1String("code")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.required = o.value(QLatin1String("required")).toBool(true);
    m.waivable = o.value(QLatin1String("waivable")).toBool(false);
    const auto form = CatalogueJsonKeys::materialForm(o.value(QLatin1String("form")).toString());
    const auto state = MaterialCheckNames::stateFromKey(o.value(QLatin1String("state")).toString());
    if (m.code.isEmpty() || m.name.isEmpty() || !form || !state ||
        !readInt(o, "copies", 1, 99, m.copies) || !readInt(o, "pages", 0, 9999, m.pages))
        return std::nullopt;
    m.form = *form;
    m.state = *state;
    m.reusedFromCase = o.value(QLatin1String("reusedFrom")).toString();
    const QJsonValue scan = o.value(QLatin1String("scan"));
    if (!scan.isUndefined()) {
        const QJsonObject s = scan.toObject();
        const QString digest = s.value(QLatin1String("sha256")).toString();
        const double bytes = s.value(QLatin1String("bytes")).toDouble(-1);
        if (!scan.isObject() || !Sha256Stream::isHex(digest) || bytes < 1 || bytes > MaxScanBytes ||
            bytes != double(qint64(bytes)))
            return std::nullopt;
        m.scanDigest = digest;
        m.scanBytes = qint64(bytes);
    }
    return m;
}

} // namespace

std::optional<QList<MaterialCheck>> CaseJson::materialsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<MaterialCheck> out;
    for (const QJsonValue &v : value.toArray()) {
        const auto m = materialFromJson(v.toObject());
        if (!m)
            return std::nullopt;
        out.append(*m);
    }
    return out;
}

QJsonObject CaseJson::applicantToJson(const Applicant &a)
{
    QJsonObject o{{QStringLiteral("kind"), a.kind == Applicant::Kind::Person
                                               ? QStringLiteral("person")
                                               : QStringLiteral("organisation")},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("mobile"), a.mobile}};
    if (a.kind == Applicant::Kind::Person) {
        o.insert(QStringLiteral("residentId"), a.residentId);
    } else {
        o.insert(QStringLiteral("creditCode"), a.creditCode);
        o.insert(QStringLiteral("legalRepresentative"), a.legalRepresentative);
        o.insert(QStringLiteral("contactName"), a.contactName);
    }
    return o;
}

std::optional<Applicant> CaseJson::applicantFromJson(const QJsonObject &o)
{
    Applicant a;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("person"))
        a.kind = Applicant::Kind::Person;
    else if (kind == QLatin1String("organisation"))
        a.kind = Applicant::Kind::Organisation;
    else
        return std::nullopt;
    a.name = o.value(QLatin1String("name")).toString();
    a.mobile = o.value(QLatin1String("mobile")).toString();
    a.residentId = o.value(QLatin1String("residentId")).toString();
    a.creditCode = o.value(QLatin1String("creditCode")).toString();
    a.legalRepresentative = o.value(QLatin1String("legalRepresentative")).toString();
    a.contactName = o.value(QLatin1String("contactName")).toString();
    return a;
}

QJsonObject CaseJson::toJson(const CaseRecord &r)
{
    QJsonArray items;
    for (const CaseItem &item : r.items) {
        items.append(QJsonObject{{QStringLiteral("code"), item.code},
                                 {QStringLiteral("revision"), item.revision},
                                 {QStringLiteral("subItem"), item.subItemCode},
                                 {QStringLiteral("name"), item.name}});
    }
    QJsonObject form;
    for (auto it = r.form.cbegin(); it != r.form.cend(); ++it) {
        QJsonObject fields;
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f)
            fields.insert(f.key(), f.value());
        form.insert(it.key(), fields);
    }
    QJsonArray materials;
    for (const MaterialCheck &m : r.materials)
        materials.append(materialToJson(m));
    QJsonArray pauses;
    for (const CasePause &p : r.pauses) {
        pauses.append(QJsonObject{{QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                                  {QStringLiteral("end"), dateText(p.end)}});
    }
    return {{QStringLiteral("number"), r.number.toString()},
            {QStringLiteral("verificationCode"), r.verificationCode},
            {QStringLiteral("window"), r.window},
            {QStringLiteral("staffNo"), r.staffNo},
            {QStringLiteral("ticket"), r.ticketNumber},
            {QStringLiteral("receivedAtMs"), double(r.receivedAtMs)},
            {QStringLiteral("receivedOn"), r.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("catalogueVersion"), r.catalogueVersion},
            {QStringLiteral("items"), items},
            {QStringLiteral("bundle"), r.bundleCode},
            {QStringLiteral("applicant"), applicantToJson(r.applicant)},
            {QStringLiteral("form"), form},
            {QStringLiteral("materials"), materials},
            {QStringLiteral("decision"), IntakeDecisionNames::key(r.decision)},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("status"), CaseStatusNames::key(r.state.status)},
            {QStringLiteral("outcome"), CaseStatusNames::key(r.state.outcome)},
            {QStringLiteral("beforeCorrection"), CaseStatusNames::key(r.state.beforeCorrection)},
            {QStringLiteral("dueDate"), dateText(r.dueDate)},
            {QStringLiteral("verificationDue"), dateText(r.verificationDue)},
            {QStringLiteral("pauses"), pauses}};
}

std::variant<CaseRecord, QString> CaseJson::fromJson(const QJsonObject &o)
{
    CaseRecord r;
    const auto number = CaseNumber::parse(o.value(QLatin1String("number")).toString());
    if (!number)
        return QStringLiteral("number");
    r.number = *number;
    r.verificationCode = o.value(QLatin1String("verificationCode")).toString();
    if (r.verificationCode.isEmpty())
        return QStringLiteral("verificationCode");
    if (!readInt(o, "window", 1, CaseNumber::MaxWindow, r.window))
        return QStringLiteral("window");
    r.staffNo = o.value(QLatin1String("staffNo")).toString();
    r.ticketNumber = o.value(QLatin1String("ticket")).toString();
    const QJsonValue at = o.value(QLatin1String("receivedAtMs"));
    if (!at.isDouble() || at.toDouble() < 0)
        return QStringLiteral("receivedAtMs");
    r.receivedAtMs = qint64(at.toDouble());
    r.receivedOn = QDate::fromString(o.value(QLatin1String("receivedOn")).toString(), Qt::ISODate);
    if (!r.receivedOn.isValid())
        return QStringLiteral("receivedOn");
    if (!readInt(o, "catalogueVersion", 0, INT_MAX, r.catalogueVersion))
        return QStringLiteral("catalogueVersion");

    const QJsonValue items = o.value(QLatin1String("items"));
    if (!items.isArray() || items.toArray().isEmpty())
        return QStringLiteral("items");
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject io = v.toObject();
        CaseItem item;
        item.code = io.value(QLatin1String("code")).toString();
        item.subItemCode = io.value(QLatin1String("subItem")).toString();
        item.name = io.value(QLatin1String("name")).toString();
        if (item.code.isEmpty() || !readInt(io, "revision", 1, INT_MAX, item.revision))
            return QStringLiteral("items");
        r.items.append(item);
    }
    r.bundleCode = o.value(QLatin1String("bundle")).toString();

    const auto applicant = applicantFromJson(o.value(QLatin1String("applicant")).toObject());
    if (!applicant)
        return QStringLiteral("applicant");
    r.applicant = *applicant;

    const QJsonObject form = o.value(QLatin1String("form")).toObject();
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        if (!it.value().isObject())
            return QStringLiteral("form");
        const QJsonObject fields = it.value().toObject();
        QMap<QString, QString> values;
        for (auto f = fields.constBegin(); f != fields.constEnd(); ++f) {
            if (!f.value().isString())
                return QStringLiteral("form");
            values.insert(f.key(), f.value().toString());
        }
        r.form.insert(it.key(), values);
    }

    const auto materials = materialsFromJson(o.value(QLatin1String("materials")));
    if (!materials)
        return QStringLiteral("materials");
    r.materials = *materials;

    const auto decision =
        IntakeDecisionNames::fromKey(o.value(QLatin1String("decision")).toString());
    if (!decision)
        return QStringLiteral("decision");
    r.decision = *decision;
    r.reason = o.value(QLatin1String("reason")).toString();

    const auto status = CaseStatusNames::fromKey(o.value(QLatin1String("status")).toString());
    const auto outcome =
        CaseStatusNames::outcomeFromKey(o.value(QLatin1String("outcome")).toString());
    const auto before =
        CaseStatusNames::fromKey(o.value(QLatin1String("beforeCorrection")).toString());
    if (!status || !outcome || !before)
        return QStringLiteral("status");
    r.state = CaseState{*status, *outcome, *before};
    if (!readDate(o, "dueDate", r.dueDate))
        return QStringLiteral("dueDate");
    if (!readDate(o, "verificationDue", r.verificationDue))
        return QStringLiteral("verificationDue");

    for (const QJsonValue &v : o.value(QLatin1String("pauses")).toArray()) {
        const QJsonObject po = v.toObject();
        CasePause pause;
        pause.start = QDate::fromString(po.value(QLatin1String("start")).toString(), Qt::ISODate);
        if (!pause.start.isValid() || !readDate(po, "end", pause.end) ||
            (pause.end && *pause.end < pause.start))
            return QStringLiteral("pauses");
        r.pauses.append(pause);
    }
    return r;
}

} // namespace halldesk
