// Problem is header-only; this file gives ws-common a translation unit of its own so the module
// is a real library that others link.
#include "Problem.h"
