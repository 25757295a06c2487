-- Co-funded lunch (e.g. the county pays 2 元 of a 4 元 meal, or a sum each month of school): the
-- donors fund the rest, and fundedThrough counts both (worker/lib/school-calendar.ts).
ALTER TABLE lunch_schools ADD COLUMN co_funder_name TEXT CHECK (co_funder_name IS NULL OR length(co_funder_name) BETWEEN 1 AND 100);
ALTER TABLE lunch_schools ADD COLUMN co_funded_per_meal INTEGER NOT NULL DEFAULT 0
  CHECK (typeof(co_funded_per_meal) = 'integer' AND co_funded_per_meal >= 0);
ALTER TABLE lunch_schools ADD COLUMN co_funded_monthly INTEGER NOT NULL DEFAULT 0
  CHECK (typeof(co_funded_monthly) = 'integer' AND co_funded_monthly BETWEEN 0 AND 10000000000);

-- Donors always pay part of a meal (a sponsorship is meals × what a donor pays), and co-funding
-- names who gives it.
CREATE TRIGGER lunch_schools_co_funding_insert
BEFORE INSERT ON lunch_schools
WHEN NEW.co_funded_per_meal >= NEW.meal_price
  OR ((NEW.co_funded_per_meal > 0 OR NEW.co_funded_monthly > 0) AND NEW.co_funder_name IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'invalid_co_funding');
END;

CREATE TRIGGER lunch_schools_co_funding_update
BEFORE UPDATE OF meal_price, co_funder_name, co_funded_per_meal, co_funded_monthly ON lunch_schools
WHEN NEW.co_funded_per_meal >= NEW.meal_price
  OR ((NEW.co_funded_per_meal > 0 OR NEW.co_funded_monthly > 0) AND NEW.co_funder_name IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'invalid_co_funding');
END;
