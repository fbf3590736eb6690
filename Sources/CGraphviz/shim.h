// The installed Graphviz headers (Debian libgraphviz-dev, Homebrew graphviz), never copies.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Agdirected is a global C variable; a function keeps Swift's concurrency checking out of it.
static inline Agdesc_t stancegraph_directed(void) { return Agdirected; }
