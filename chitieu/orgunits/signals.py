"""What the unit tree tells the rest of the system."""

from django.dispatch import Signal

# Sent by :func:`chitieu.orgunits.services.move_unit` after a unit (with its subtree) changed
# parent, inside the same transaction: ``unit`` (with its new path), ``old_ancestor_ids`` (the
# units it used to be below, top first).
unit_moved = Signal()
# Sent at the start of :func:`~chitieu.orgunits.services.move_unit`, before any row is written.
unit_moving = Signal()
