#ifndef CHRONOMAP_CCAIRO_SHIM_H
#define CHRONOMAP_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo-ft.h>
#endif
