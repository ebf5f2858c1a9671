#pragma once
// --samples FILE: every draw of a simulation as CSV, in sample order, written through a temporary
// file and renamed when complete; blocks that arrive early wait in memory, a bounded number.
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "analysis/simulate.hpp"
#include "exit_status.hpp"
#include "render/output.hpp"

namespace relief {

class SampleWriter {
public:
  // Check that path can be written: its directory exists and it is not a directory (else throw
  // UsageError). Nothing is created yet.
  explicit SampleWriter(std::string path);

  // Create the temporary file and write the header for these items; false (with a message) when
  // it cannot be created. The first block written is first_block (a shard's first).
  bool start(const std::vector<SimItem>& items, std::uint64_t first_block = 0);
  // Write one block of every item, in sample order (called from the drawing threads).
  void write(const std::vector<SampleBlock>& blocks);
  // Complete the file; return cant_create (with a message) when any write failed.
  ExitStatus finish();

private:
  std::string format(const std::vector<SampleBlock>& blocks) const;

  std::string m_path;
  std::unique_ptr<AtomicFile> m_file;
  std::vector<std::vector<std::string>> m_fields;  // per item: its case columns
  std::vector<std::vector<std::size_t>> m_columns; // per item, per uncertain input: its column
  std::size_t m_width = 0;                         // number of input columns
  std::uint64_t m_next = 0;                        // the next block to write
  std::map<std::uint64_t, std::string> m_pending;
  std::mutex m_mutex;
  std::condition_variable m_turn;
};

} // namespace relief
