// The theme reaches views through one small context.
import {createContext, useContext} from 'react';
import {colourTheme, type Theme} from './theme.js';

const ThemeContext = createContext<Theme>(colourTheme);

export const ThemeProvider = ThemeContext.Provider;

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
