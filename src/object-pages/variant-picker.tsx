// The first step of creating a multi-variant object: which variant, as a radio group.
import { useId } from 'react';
import type { VariantModel } from '../schema/wire-schema';

export interface VariantPickerProps {
  legend: string;
  variants: readonly VariantModel[];
  value: string | undefined;
  onChange: (type: string) => void;
}

export function VariantPicker({ legend, variants, value, onChange }: VariantPickerProps) {
  const id = useId();
  return (
    <fieldset className="variant-picker">
      <legend>{legend}</legend>
      <ul>
        {variants.map((variant) => {
          const inputId = `${id}-${variant.type}`;
          return (
            <li key={variant.type}>
              <input
                id={inputId}
                type="radio"
                name={`${id}-type`}
                value={variant.type}
                checked={value === variant.type}
                onChange={() => onChange(variant.type)}
              />
              <label htmlFor={inputId}>{variant.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
