// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsetup.h"

#include "jobkindsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
void installTranslations(const QLocale &locale) {
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, u"virtdeck"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

void setUpApplication(LanguageSource language) {
    QCoreApplication::setApplicationName(u"virtdeck"_s);
    QCoreApplication::setOrganizationName(u"virtdeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    QLocale locale = QLocale::system();
    if (language == LanguageSource::Preferences) {
        const QString preferred = QSettings().value(u"preferences/language"_s).toString();
        if (!preferred.isEmpty())
            locale = QLocale(preferred);
    }
    installTranslations(locale);
    // After the translations: the kinds' texts are translated as they register.
    registerJobKinds();
}

} // namespace virtdeck
