#ifndef CHRONOMAP_CSQLITE_SHIM_H
#define CHRONOMAP_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
