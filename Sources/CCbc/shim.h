// The installed COIN-OR headers (Debian coinor-libcbc-dev, pkg-config cbc), never copies: CBC
// for the integer programmes and Clp, which CBC is built on, for the linear relaxations.
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>
