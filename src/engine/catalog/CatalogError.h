#pragma once

#include <QString>

namespace keylink {

// One problem in a provider file, precise enough to fix it without guessing.
struct CatalogError {
    QString file; // the file as the user knows it
    QString jsonPath; // "$.authMethods[0].fields[1].pattern"; "$" for the document
    QString problem; // what is wrong
    QString expected; // what was expected instead

    QString toString() const
    {
        QString text = file + QLatin1String(": ") + jsonPath + QLatin1String(": ") + problem;
        if (!expected.isEmpty())
            text += QLatin1String("; expected ") + expected;
        return text;
    }
};

} // namespace keylink
