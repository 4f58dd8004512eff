// pkg-config (libgvc.pc) reports `-I/usr/include/graphviz` (Debian) or
// `-I<prefix>/include/graphviz` (Homebrew), so the header is reachable as <gvc.h>.
// Fall back to <graphviz/gvc.h> when the build runs without pkg-config flags.
#if __has_include(<gvc.h>)
#include <gvc.h>
#else
#include <graphviz/gvc.h>
#endif
