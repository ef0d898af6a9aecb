"""One module per rule (or small family of rules). Every Rule subclass here is registered."""
