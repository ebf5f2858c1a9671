#include "cli/sample_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "cli/common.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

// the first column of an input: after the sample number and the case columns
const std::size_t k_first = 1 + keys_of(case_columns()).size();

} // namespace
namespace {
constexpr std::uint64_t k_blocks_ahead = 64; // how far a thread may run ahead of the writer
}

SampleWriter::SampleWriter(std::string path) : m_path(std::move(path))
{
  namespace fs = std::filesystem;
  if (m_path == "-")
    throw UsageError("--samples needs a file: standard output carries the results");
  std::error_code ec;
  const fs::path target(m_path);
  const fs::path dir = target.parent_path().empty() ? "." : target.parent_path();
  if (!fs::is_directory(dir, ec))
    throw UsageError(fmt::format("--samples: the directory '{}' does not exist", dir.string()));
  if (fs::is_directory(target, ec))
    throw UsageError(fmt::format("--samples: '{}' is a directory", m_path));
}

bool SampleWriter::start(const std::vector<SimItem>& items, std::uint64_t first_block)
{
  m_next = first_block;
  m_file = std::make_unique<AtomicFile>(m_path);
  if (!m_file->ok())
    return false;
  std::vector<std::string> header = {"sample"};
  for (std::string& k : keys_of(case_columns()))
    header.push_back(std::move(k));
  for (const SimItem& item : items) {
    const Scenario& s = *item.scenario;
    std::vector<std::string> fields;
    append_csv(case_columns(), static_cast<const Case&>(item), fields);
    m_fields.push_back(std::move(fields));
    const Plan plan = compile(s, item.perspective);
    std::vector<std::size_t> columns;
    for (std::int32_t u : plan.uncertain) {
      const std::string& path = plan.path(u);
      auto at = std::find(header.begin() + k_first, header.end(), path);
      columns.push_back(static_cast<std::size_t>(at - header.begin()) - k_first);
      if (at == header.end())
        header.push_back(path);
    }
    m_columns.push_back(std::move(columns));
  }
  m_width = header.size() - k_first;
  for (const char* total : {"benefits", "costs", "net"})
    header.emplace_back(total);
  m_file->write(csv_row(header));
  return true;
}

// Append v as exact() writes it (the shortest text that reads back as v; 0 for either zero).
void append_exact(fmt::memory_buffer& out, double v)
{
  require_finite(v);
  if (v == 0)
    out.push_back('0');
  else
    fmt::format_to(std::back_inserter(out), "{}", v);
}

std::string SampleWriter::format(const std::vector<SampleBlock>& blocks) const
{
  if (blocks.empty())
    return {};
  // each item's case columns once, as a CSV fragment: a row is then numbers written in place
  std::vector<std::string> cases;
  for (const std::vector<std::string>& fields : m_fields) {
    std::string row = csv_row(fields);
    row.resize(row.size() - 2); // without its line end
    cases.push_back(std::move(row));
  }
  fmt::memory_buffer out;
  std::vector<const double*> cell(m_width);
  for (std::size_t i = 0; i < blocks[0].count; ++i)
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const SampleBlock& b = blocks[k];
      fmt::format_to(std::back_inserter(out), "{},", b.first + i);
      out.append(cases[k]);
      std::fill(cell.begin(), cell.end(), nullptr);
      for (std::size_t u = 0; u < m_columns[k].size(); ++u)
        cell[m_columns[k][u]] = &(*b.inputs)[u][i];
      for (const double* v : cell) { // an input the item does not draw is an empty field
        out.push_back(',');
        if (v)
          append_exact(out, *v);
      }
      for (const double v : {b.benefits[i], b.costs[i], b.net[i]}) {
        out.push_back(',');
        append_exact(out, v);
      }
      out.append(std::string_view("\r\n"));
    }
  return fmt::to_string(out);
}

void SampleWriter::write(const std::vector<SampleBlock>& blocks)
{
  if (blocks.empty())
    return;
  std::string text = format(blocks);
  const std::uint64_t block = blocks[0].block;
  std::unique_lock lock(m_mutex);
  m_turn.wait(lock, [&] { return block < m_next + k_blocks_ahead; });
  m_pending.emplace(block, std::move(text));
  while (!m_pending.empty() && m_pending.begin()->first == m_next) {
    m_file->write(m_pending.begin()->second);
    m_pending.erase(m_pending.begin());
    ++m_next;
  }
  m_turn.notify_all();
}

ExitStatus SampleWriter::finish()
{
  return m_file ? m_file->commit() : ExitStatus::cant_create;
}

} // namespace relief
