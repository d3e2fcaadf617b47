// The runtime's output: C stdio streams, so that what the runtime prints
// interleaves correctly with printf from compiled C code. stdout is buffered
// by stdio (line-buffered on a terminal, fully buffered otherwise) and
// flushed at exit and by flushOutput(); stderr is unbuffered. Each print
// call writes its text with one fwrite, so concurrent prints from several
// threads do not interleave within a value.
#ifndef SIMPLE_RT_IO_OUTPUT_H
#define SIMPLE_RT_IO_OUTPUT_H

#include <cstdio>
#include <string_view>

namespace simple::rt {

/// Writes text to stream (stdout or stderr) with one fwrite.
void writeOutput(std::FILE *stream, std::string_view text) noexcept;

} // namespace simple::rt

#endif // SIMPLE_RT_IO_OUTPUT_H
