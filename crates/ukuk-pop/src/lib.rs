//! Ukuk for analysts: a synthetic population (`synth`), every household of a
//! population file through the engine (`batch`), and a reform costed against
//! the rules in force (`simulate`). The engine is the calculator's own
//! (`ukuk-rules`): a budget estimate and a family's result can never
//! disagree. `ukuk synth`, `ukuk batch` and `ukuk simulate` are the command
//! line to it.

pub mod arrow;
pub mod batch;
pub mod chart;
pub mod problem;
pub mod simulate;
pub mod synth;
pub mod table;
