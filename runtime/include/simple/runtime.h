// The public C interface of the Simple runtime: every rt_* function that
// JIT-compiled code (or a C program compiled to IR) may call.
//
// The declarations are generated from runtime_abi.def, which documents each
// function: what it does, its error value, and whether it allocates or blocks.
// Read that file as the reference; this header only makes it C.
#ifndef SIMPLE_RUNTIME_H
#define SIMPLE_RUNTIME_H

#include <simple/value.h>

#ifdef __cplusplus
extern "C" {
#define SIMPLE_RT_NOEXCEPT noexcept
#else
#define SIMPLE_RT_NOEXCEPT
#endif

#define RT_FUNCTION(ReturnType, name, parameters) ReturnType name parameters SIMPLE_RT_NOEXCEPT;
#include <simple/runtime_abi.def>
#undef RT_FUNCTION

#ifdef __cplusplus
} // extern "C"
#endif

#endif // SIMPLE_RUNTIME_H
