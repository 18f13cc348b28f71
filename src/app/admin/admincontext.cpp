#include "admin/admincontext.h"

#include "security/securitysettings.h"

namespace sb::app {

AdminService AdminContext::service() const {
    SecuritySettings s;
    QString ignored; // a bad stored value keeps the default; the Settings tab shows it
    SecuritySettings::load(db, s, ignored);
    return AdminService(db, clock, gate.session(), s);
}

} // namespace sb::app
