#include "import/partyimportfields.h"

#include <QCoreApplication>

namespace Crm::PartyImportFields {

#define FIELD_TITLE(text) [] { return QCoreApplication::translate("Crm::PartyImport", text); }

QList<ImportField> fields()
{
    auto s = [](const char *list) { return QString::fromUtf8(list).split(QLatin1Char('|')); };
    QList<ImportField> f{
        {QStringLiteral("code"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Code")), false,
         s("customer code|supplier code|customer no|supplier no|编码|编号|代码|客户编码|客户编号|供应商编码|"
           "供应商编号|código|codigo")},
        {QStringLiteral("name"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Name")), true,
         s("company|company name|customer|customer name|supplier|supplier name|名称|客户名称|公司名称|客户|公司|"
           "供应商|供应商名称|单位名称|nombre|razón social|razon social|empresa|cliente|proveedor")},
        {QStringLiteral("short_name"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Short name")), false,
         s("short|abbreviation|简称|nombre corto|nombre comercial")},
        {QStringLiteral("party_type"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Type")), false,
         s("类型|tipo")},
        {QStringLiteral("status"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Status")), false,
         s("状态|estado")},
        {QStringLiteral("level"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Level")), false,
         s("grade|class|级别|等级|客户等级|nivel|categoría")},
        {QStringLiteral("industry"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Industry")), false,
         s("行业|sector|industria")},
        {QStringLiteral("source"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Source")), false,
         s("来源|客户来源|origen|fuente")},
        {QStringLiteral("region"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Region")), false,
         s("province|state|地区|区域|省份|省|región|provincia")},
        {QStringLiteral("country"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Country")), false,
         s("国家|país|pais")},
        {QStringLiteral("city"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "City")), false,
         s("城市|ciudad|localidad")},
        {QStringLiteral("address"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Address")), false,
         s("street|地址|dirección|direccion|domicilio")},
        {QStringLiteral("postal_code"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Postal code")), false,
         s("zip|zip code|postcode|邮编|邮政编码|código postal|codigo postal|cp")},
        {QStringLiteral("shipping_address"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Shipping address")),
         false, s("delivery address|收货地址|送货地址|dirección de envío|direccion de envio")},
        {QStringLiteral("phone"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Phone")), false,
         s("telephone|tel|电话|座机|teléfono|telefono")},
        {QStringLiteral("mobile"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Mobile")), false,
         s("cell|cellphone|mobile phone|手机|móvil|movil|celular")},
        {QStringLiteral("fax"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Fax")), false, s("传真")},
        {QStringLiteral("email"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "E-mail")), false,
         s("mail|e-mail address|email address|邮箱|电子邮件|电子邮箱|correo|correo electrónico|correo electronico")},
        {QStringLiteral("website"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Website")), false,
         s("web|url|网站|网址|sitio web|página web")},
        {QStringLiteral("tax_id"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Tax id")), false,
         s("tax number|vat|vat number|税号|纳税人识别号|统一社会信用代码|nif|cif|rfc")},
        {QStringLiteral("owner"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Owner")), false,
         s("salesperson|sales rep|account manager|负责人|业务员|销售|销售员|vendedor|comercial|responsable")},
        {QStringLiteral("payment_terms"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Payment terms")), false,
         s("payment|terms|付款条件|付款方式|账期|condiciones de pago|forma de pago")},
        {QStringLiteral("currency"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Currency")), false,
         s("币种|货币|moneda|divisa")},
        {QStringLiteral("credit_limit"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Credit limit")), false,
         s("credit|信用额度|信用限额|límite de crédito|limite de credito")},
        {QStringLiteral("tags"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Tags")), false,
         s("标签|etiquetas")},
        {QStringLiteral("notes"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Notes")), false,
         s("remarks|comments|memo|备注|说明|notas|observaciones|comentarios")},
        {QStringLiteral("contact_name"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact")), false,
         s("contact name|contact person|联系人|联系人姓名|contacto|persona de contacto")},
        {QStringLiteral("contact_title"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact's position")),
         false, s("position|job title|title|职务|职位|cargo|puesto")},
        {QStringLiteral("contact_department"),
         FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact's department")), false,
         s("department|部门|departamento")},
        {QStringLiteral("contact_phone"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact's phone")), false,
         s("contact phone|联系人电话|联系电话|teléfono de contacto")},
        {QStringLiteral("contact_mobile"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact's mobile")),
         false, s("contact mobile|联系人手机|móvil de contacto|movil de contacto")},
        {QStringLiteral("contact_email"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::PartyImport", "Contact's e-mail")), false,
         s("contact email|contact e-mail|联系人邮箱|correo de contacto")},
    };
    Q_ASSERT(f.size() == FieldCount);
    return f;
}

#undef FIELD_TITLE

} // namespace Crm::PartyImportFields
