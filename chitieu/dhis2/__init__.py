"""DHIS2 exchange: dataValueSets in and out, through a code mapping (pure) and the value services."""
