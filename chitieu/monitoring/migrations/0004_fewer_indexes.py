"""The values' and kept figures' own indexes on the indicator and on the unit are dropped.

Composite indexes already begin with each of them (values: (unit, indicator, period) and
(indicator, period); kept figures: the unique (indicator, unit, year, closed) and (unit, year,
indicator)); every index is one more to write on each value saved and on each bulk load. The
indexes are dropped by name, on SQLite as on PostgreSQL, rather than by altering the fields,
which SQLite would do by copying both tables twice.
"""

import django.db.models.deletion
from django.db import migrations, models

DROPPED = {  # index name -> the columns it held, to make it again when going back
    "monitoring_datavalue_indicator_id_2f1f9a88": ("monitoring_datavalue", "indicator_id"),
    "monitoring_datavalue_unit_id_630db005": ("monitoring_datavalue", "unit_id"),
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
                    model_name="datavalue",
                    name="indicator",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="values",
                        to="planning.indicator",
                        verbose_name="indicator",
                    ),
                ),
                migrations.AlterField(
                    model_name="datavalue",
                    name="unit",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="values",
                        to="orgunits.orgunit",
                        verbose_name="unit",
                    ),
                ),
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
