#ifndef PANTAU_CLIBXML2_SHIM_H
#define PANTAU_CLIBXML2_SHIM_H
/* Foundation carries its own ICU; Debian's libxml2 headers pull in the system ICU and the two
   clash on a clean build. Dropping LIBXML_ICU_ENABLED only hides two trailing pointer fields of
   the encoding-handler struct that Swift never touches (see shared/notes/swift-c-interop.md). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* xmlFree is a mutable global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void pantau_xml_free(void *p) { xmlFree(p); }

/* Silences libxml2's default error printing to stderr for the calling thread. */
static void pantau_xml_silent_handler(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void pantau_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, pantau_xml_silent_handler);
    xmlSetStructuredErrorFunc(NULL, NULL);
}
#endif
