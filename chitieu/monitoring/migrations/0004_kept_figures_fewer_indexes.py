"""The kept figures' own indexes on the indicator and on the unit are dropped.

Composite indexes already begin with each of them (the unique (indicator, unit, year, closed)
and (unit, year, indicator)), and every query of the kept rows goes through those; every index
is one more to write on each value saved (a write rewrites the kept rows of its unit and every
unit above) and on each rebuild. The indexes are dropped by name, on SQLite as on PostgreSQL,
rather than by altering the fields, which SQLite would do by copying the table twice.

The values keep theirs: without the narrow index on the unit, PostgreSQL's planner chose to read
a whole country's values to sum one district's.
"""

import django.db.models.deletion
from django.db import migrations, models

DROPPED = {  # index name -> the columns it held, to make it again when going back
    "monitoring_keptfigure_indicator_id_9cf99dfb": ("monitoring_keptfigure", "indicator_id"),
    "monitoring_keptfigure_unit_id_addded21": ("monitoring_keptfigure", "unit_id"),
}


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0003_yearestimate"),
        ("orgunits", "0001_initial"),
        ("planning", "0005_english_titles"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{name}"',
                    reverse_sql=f'CREATE INDEX "{name}" ON "{table}" ("{column}")',
                )
                for name, (table, column) in DROPPED.items()
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="keptfigure",
                    name="indicator",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="planning.indicator",
                    ),
                ),
                migrations.AlterField(
                    model_name="keptfigure",
                    name="unit",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="orgunits.orgunit",
                    ),
                ),
            ],
        )
    ]
