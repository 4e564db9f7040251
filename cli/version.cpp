// version.cpp — `planport --version`: planport's version, then the libraries it was built with (their headers'
// versions; poppler's from its headers through page_pass.h, the only file that includes them; ctemplate has no version macro, so pkg-config's at configure
// time, PLANPORT_CTEMPLATE_VERSION from CMakeLists.txt).
#include "cli/version.h"

#include <boost/version.hpp>
#include <libxml/xmlversion.h>
#include <zipconf.h>

#include "importers/pdf/page_pass.h"

namespace planport::cli {

std::string version_text() {
    std::string boost = BOOST_LIB_VERSION;  // "1_74"
    for (char& c : boost)
        if (c == '_') c = '.';
    return std::string("planport ") + PLANPORT_VERSION + "\n" +
           "libxml2 " LIBXML_DOTTED_VERSION "\n"
           "libzip " LIBZIP_VERSION "\n"
           "poppler " + pdf::poppler_version() + "\n" +
           "Boost " + boost + "\n" +
           "ctemplate " PLANPORT_CTEMPLATE_VERSION "\n";
}

}  // namespace planport::cli
