// The installed COIN-OR CBC C interface (Debian coinor-libcbc-dev, pkg-config cbc), never a copy.
#include <coin/Cbc_C_Interface.h>
