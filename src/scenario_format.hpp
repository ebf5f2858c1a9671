#pragma once
// The keys of a scenario file: one list per map of the format, read by the loader (which rejects
// any other key) and by `relief schema` (which describes exactly these), so the two cannot drift.
#include <string>
#include <vector>

namespace relief {

inline const std::vector<std::string> k_scenario_keys = {
    "relief", "name", "description", "timing",      "context", "credibility",
    "offer",  "asks", "weights",     "assumptions", "extends", "correlations"};
inline const std::vector<std::string> k_context_keys = {"war", "lukashenka_in_power",
                                                        "delay_months"};
inline const std::vector<std::string> k_offer_item_keys = {"measure",     "scope",   "reversible",
                                                           "conditional", "effects", "remove"};
inline const std::vector<std::string> k_ask_item_keys = {"item", "amount", "credibility", "effects",
                                                         "remove"};
inline const std::vector<std::string> k_correlation_keys = {"between", "rank"};

} // namespace relief
