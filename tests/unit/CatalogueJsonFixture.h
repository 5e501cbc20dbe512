#pragma once

// The catalogue that tst_cataloguejson breaks one rule at a time, and the means to break it.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace halldesk::test {

inline const QStringList Areas = {QStringLiteral("market"), QStringLiteral("police")};

// Two items of different types and a bundle, with every optional field set to something other
// than its default so that a round trip that dropped one would show.
inline const char *const Fixture = R"({
  "version": 7,
  "updatedOn": "2026-11-01",
  "items": [
    {
      "code": "F0101",
      "name": "有限责任公司设立登记",
      "department": "市市场监督管理局",
      "area": "market",
      "type": "commitment",
      "legalBasis": "《中华人民共和国市场主体登记管理条例》第十九条",
      "conditions": ["申请人具备完全民事行为能力"],
      "materials": [
        {"code": "M-IDCARD", "name": "法定代表人身份证件"},
        {"code": "M-LEASE", "name": "住所使用证明", "required": true, "form": "copy", "copies": 2,
         "medium": "either", "waivable": true, "note": "加盖公章"},
        {"code": "M-PHOTO", "name": "经营场所照片", "required": false, "form": "originalAndCopy",
         "medium": "electronic"}
      ],
      "process": ["受理", "审核", "决定", "送达"],
      "statutoryDays": 20,
      "promisedDays": 3,
      "fee": "不收费",
      "result": "营业执照",
      "applicants": "organisation",
      "creditCommitment": true,
      "verificationDays": 10,
      "revision": 2,
      "form": [
        {"key": "enterpriseName", "label": "企业名称", "type": "text", "required": true,
         "maxLength": 60},
        {"key": "founded", "label": "成立日期", "type": "date"},
        {"key": "capital", "label": "注册资本（万元）", "type": "number", "min": 0.5, "max": 100000},
        {"key": "scale", "label": "企业规模", "type": "choice", "choices": ["小型", "中型"]},
        {"key": "legalRepId", "label": "法定代表人身份证号", "type": "residentId", "required": true},
        {"key": "creditCode", "label": "统一社会信用代码", "type": "creditCode", "personal": true},
        {"key": "phone", "label": "联系电话", "type": "mobile", "personal": false},
        {"key": "premises", "label": "住所", "type": "address", "maxLength": 80}
      ],
      "subItems": [
        {"code": "F0101-01", "name": "内资有限公司设立", "materials": ["M-IDCARD", "M-LEASE"],
         "promisedDays": 2},
        {"code": "F0101-02", "name": "分公司设立"}
      ]
    },
    {
      "code": "B0201",
      "name": "出生登记",
      "department": "市公安局",
      "area": "police",
      "type": "immediate",
      "materials": [
        {"code": "M-IDCARD", "name": "父母身份证件"},
        {"code": "M-BIRTH", "name": "出生医学证明"}
      ],
      "statutoryDays": 0,
      "promisedDays": 0,
      "applicants": "person"
    }
  ],
  "bundles": [
    {"code": "LB01", "name": "开办企业一件事", "description": "一次申请", "items": ["F0101", "B0201"]}
  ]
})";

inline QJsonObject fixture()
{
    return QJsonDocument::fromJson(Fixture).object();
}

// Sets (or, for an undefined value, removes) the value at a path such as "items/0/code"; an
// array index equal to the array's size appends.
inline QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = step.toLongLong();
        if (index == array.size())
            array.append(QJsonValue());
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object.insert(step, setAt(object.value(step), path, value));
    return object;
}

inline QByteArray fixtureWith(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(setAt(fixture(), path.split(u'/'), value).toObject()).toJson();
}

inline QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

inline const QJsonValue Removed = QJsonValue(QJsonValue::Undefined);

} // namespace halldesk::test
