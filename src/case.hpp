#pragma once
// A case: one scenario under one perspective, the unit every analysis answers for, and the one
// carrier of an answer with the case it belongs to.
#include <cstddef>
#include <string>

#include "scenario.hpp"

namespace relief {

struct Case {
  const Scenario* scenario = nullptr;
  std::size_t perspective = 0; // index into scenario->model->perspectives

  const std::string& perspective_id() const
  {
    return scenario->model->perspectives[perspective].id;
  }
};

// An analysis's result for one case: Answer<Evaluation>, Answer<Sensitivity>, ...
template <class T> struct Answer : Case {
  T result;
};

} // namespace relief
