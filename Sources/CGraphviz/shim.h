// pkg-config (libgvc.pc) reports `-I/usr/include/graphviz` (Debian) or
// `-I<prefix>/include/graphviz` (Homebrew), so the header is reachable as <gvc.h>.
// Fall back to <graphviz/gvc.h> when the build runs without pkg-config flags.
#if __has_include(<gvc.h>)
#include <gvc.h>
#else
#include <graphviz/gvc.h>
#endif

// Linux links no Graphviz library (the module map has no `link`): ASLGraphviz opens libgvc
// with dlopen the first time it calls Graphviz, so a process that never draws (`validate`)
// does not load and relocate libgvc and the six libraries it needs. These are the types of the
// functions it looks up, taken from the declarations above, so every call stays typed.
typedef __typeof__(&gvContext) aslkit_gvContext_fn;
typedef __typeof__(&gvFreeContext) aslkit_gvFreeContext_fn;
typedef __typeof__(&gvcVersion) aslkit_gvcVersion_fn;
typedef __typeof__(&gvLayout) aslkit_gvLayout_fn;
typedef __typeof__(&gvFreeLayout) aslkit_gvFreeLayout_fn;
typedef __typeof__(&gvRenderData) aslkit_gvRenderData_fn;
typedef __typeof__(&gvFreeRenderData) aslkit_gvFreeRenderData_fn;
typedef __typeof__(&agseterr) aslkit_agseterr_fn;
typedef __typeof__(&agseterrf) aslkit_agseterrf_fn;
typedef __typeof__(&agreadline) aslkit_agreadline_fn;
typedef __typeof__(&agmemread) aslkit_agmemread_fn;
typedef __typeof__(&agclose) aslkit_agclose_fn;
typedef __typeof__(&agsafeset) aslkit_agsafeset_fn;
typedef __typeof__(&agget) aslkit_agget_fn;
typedef __typeof__(&aghtmlstr) aslkit_aghtmlstr_fn;
typedef __typeof__(&agnnodes) aslkit_agnnodes_fn;
typedef __typeof__(&agnedges) aslkit_agnedges_fn;
typedef __typeof__(&agfstsubg) aslkit_agfstsubg_fn;
typedef __typeof__(&agnxtsubg) aslkit_agnxtsubg_fn;
typedef __typeof__(&agfstnode) aslkit_agfstnode_fn;
typedef __typeof__(&agnxtnode) aslkit_agnxtnode_fn;
typedef __typeof__(&agfstout) aslkit_agfstout_fn;
typedef __typeof__(&agnxtout) aslkit_agnxtout_fn;
