#pragma once

#include "import/importtarget.h"

namespace Crm::PartyImportFields {

// The fields, in the order of a row's values.
enum Field {
    Code,
    Name,
    ShortName,
    PartyType,
    Status,
    Level,
    Industry,
    Source,
    Region,
    Country,
    City,
    Address,
    PostalCode,
    ShippingAddress,
    Phone,
    Mobile,
    Fax,
    Email,
    Website,
    TaxId,
    Owner,
    PaymentTerms,
    Currency,
    CreditLimit,
    Tags,
    Notes,
    ContactName,
    ContactTitle,
    ContactDepartment,
    ContactPhone,
    ContactMobile,
    ContactEmail,
    FieldCount
};

// The fields of a party row, in the order of Field; titles translated when called.
QList<ImportField> fields();

} // namespace Crm::PartyImportFields
