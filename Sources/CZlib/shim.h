#ifndef STANCEGRAPH_CZLIB_SHIM_H
#define STANCEGRAPH_CZLIB_SHIM_H

// The installed zlib header (zlib1g-dev); never a copy in the repository.
#include <zlib.h>

// inflateInit2 is a macro; Swift cannot call macros, so wrap it.
static inline int stancegraph_inflateInit2(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}

#endif
