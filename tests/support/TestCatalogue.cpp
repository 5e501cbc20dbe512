#include "TestCatalogue.h"

#include "catalogue/CatalogueJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace halldesk::test {

namespace {

QJsonObject material(const char *code, const char *name, bool required, bool waivable = false)
{
    return {{"code", code},
            {"name", QString::fromUtf8(name)},
            {"required", required},
            {"waivable", waivable}};
}

} // namespace

QByteArray testCatalogueJson(int t0002Revision)
{
    const QJsonObject immediate{
        {"code", "T0001"},
        {"name", QStringLiteral("户籍证明开具")},
        {"department", QStringLiteral("测试局")},
        {"area", "a"},
        {"type", "immediate"},
        {"applicants", "person"},
        {"statutoryDays", 0},
        {"promisedDays", 0},
        {"materials", QJsonArray{material("M-IDCARD", "申请人身份证", true),
                                 material("M-PHOTO", "近期照片", false)}},
        {"form", QJsonArray{QJsonObject{
                     {"key", "purpose"},
                     {"label", QStringLiteral("用途")},
                     {"type", "choice"},
                     {"required", true},
                     {"choices", QJsonArray{QStringLiteral("自用"), QStringLiteral("出国")}}}}}};
    const QJsonObject promised{
        {"code", "T0002"},
        {"name", QStringLiteral("食品经营许可")},
        {"department", QStringLiteral("测试局")},
        {"area", "a"},
        {"type", "commitment"},
        {"statutoryDays", 20},
        {"promisedDays", 3},
        {"creditCommitment", true},
        {"verificationDays", 20},
        {"revision", t0002Revision},
        {"materials", QJsonArray{material("M-IDCARD", "申请人身份证", true),
                                 material("M-PLAN", "经营场所平面图", true, true)}},
        {"form", QJsonArray{QJsonObject{{"key", "address"},
                                        {"label", QStringLiteral("经营场所")},
                                        {"type", "address"},
                                        {"required", true}},
                            QJsonObject{{"key", "area"},
                                        {"label", QStringLiteral("面积")},
                                        {"type", "number"},
                                        {"min", 1},
                                        {"max", 10000}}}}};
    const QJsonObject organisation{
        {"code", "T0003"},
        {"name", QStringLiteral("企业变更登记")},
        {"department", QStringLiteral("另一局")},
        {"area", "b"},
        {"type", "commitment"},
        {"applicants", "organisation"},
        {"statutoryDays", 15},
        {"promisedDays", 5},
        {"materials", QJsonArray{material("M-BIZLIC", "营业执照", true),
                                 material("M-RESOLUTION", "股东会决议", true)}},
        {"subItems", QJsonArray{QJsonObject{{"code", "T0003-01"},
                                            {"name", QStringLiteral("名称变更")},
                                            {"materials", QJsonArray{"M-BIZLIC"}},
                                            {"promisedDays", 2}}}}};
    const QJsonObject catalogue{
        {"version", 7},
        {"updatedOn", "2026-11-01"},
        {"items", QJsonArray{immediate, promised, organisation}},
        {"bundles", QJsonArray{QJsonObject{{"code", "LB01"},
                                           {"name", QStringLiteral("测试联办")},
                                           {"items", QJsonArray{"T0001", "T0002"}}}}}};
    return QJsonDocument(catalogue).toJson(QJsonDocument::Compact);
}

CaseworkData testCasework(int t0002Revision)
{
    auto parsed = CatalogueJson::parse(testCatalogueJson(t0002Revision),
                                       {QStringLiteral("a"), QStringLiteral("b")});
    if (!parsed.ok())
        throw std::logic_error(parsed.errors.join(QLatin1Char('\n')).toStdString());
    CaseworkData data;
    data.catalogue = std::make_shared<const Catalogue>(parsed.catalogue);
    data.catalogueJson = CatalogueJson::toJson(parsed.catalogue);
    return data;
}

} // namespace halldesk::test
