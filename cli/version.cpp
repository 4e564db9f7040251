// version.cpp — `planport --version`: planport's version, then the libraries it was built with (their headers'
// versions; poppler-cpp's from the library itself; ctemplate has no version macro, so pkg-config's at configure
// time, PLANPORT_CTEMPLATE_VERSION from CMakeLists.txt).
#include "cli/version.h"

#include <boost/version.hpp>
#include <libxml/xmlversion.h>
#include <poppler-version.h>
#include <zipconf.h>

namespace planport::cli {

std::string version_text() {
    std::string boost = BOOST_LIB_VERSION;  // "1_74"
    for (char& c : boost)
        if (c == '_') c = '.';
    return std::string("planport ") + PLANPORT_VERSION + "\n" +
           "libxml2 " LIBXML_DOTTED_VERSION "\n"
           "libzip " LIBZIP_VERSION "\n"
           "poppler-cpp " + poppler::version_string() + "\n" +
           "Boost " + boost + "\n" +
           "ctemplate " PLANPORT_CTEMPLATE_VERSION "\n";
}

}  // namespace planport::cli
