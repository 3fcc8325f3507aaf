"""faltapp — fältsekreterarnas fältpass, iakttagelser och lägesbild."""

__version__ = "0.1.0"
APP_NAME = "faltapp"
