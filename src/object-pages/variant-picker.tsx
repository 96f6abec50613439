// The first step of creating a multi-variant object: which variant, as a radio group. A variant
// may carry a hint (what it is evaluated against, for spam rules), read out with its radio.
import { useId } from 'react';
import './variant-picker.css';

export interface PickableVariant {
  type: string;
  label: string;
  hint?: string;
}

export interface VariantPickerProps<T extends string> {
  legend: string;
  variants: readonly (PickableVariant & { type: T })[];
  value: T | undefined;
  onChange: (type: T) => void;
}

export function VariantPicker<T extends string>({ legend, variants, value, onChange }: VariantPickerProps<T>) {
  const id = useId();
  const hinted = variants.some((variant) => variant.hint !== undefined);
  return (
    <fieldset className={hinted ? 'variant-picker variant-picker--hinted' : 'variant-picker'}>
      <legend>{legend}</legend>
      <ul>
        {variants.map((variant) => {
          const inputId = `${id}-${variant.type}`;
          const hintId = variant.hint === undefined ? undefined : `${inputId}-hint`;
          return (
            <li key={variant.type}>
              <input
                id={inputId}
                type="radio"
                name={`${id}-type`}
                value={variant.type}
                checked={value === variant.type}
                aria-describedby={hintId}
                onChange={() => onChange(variant.type)}
              />
              <label htmlFor={inputId}>{variant.label}</label>
              {hintId && (
                <p id={hintId} className="variant-picker__hint">
                  {variant.hint}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
